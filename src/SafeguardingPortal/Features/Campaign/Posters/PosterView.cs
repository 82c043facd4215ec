using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Campaign.Posters;

/// <summary>What the poster partial draws: the poster's words, the numbers to call and its QR code.</summary>
public sealed record PosterView(ShownContent Shown, ContactsFile Contacts, string QrCodeUrl, string ReportUrl, bool ScreenSaver = false)
{
    public PosterDetails Details => Shown.Page.Poster!;

    /// <summary>The same children laid out as an A4 portrait poster or a full-screen 1920 by 1080 screen saver.</summary>
    public string RootClass => ScreenSaver ? "nts-screensaver nts-screensaver--fullscreen" : "nts-poster";
}
