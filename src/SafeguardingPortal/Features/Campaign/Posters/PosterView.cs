using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Campaign.Posters;

/// <summary>What the poster partial draws: the poster's words, the numbers to call and its QR code.</summary>
public sealed record PosterView(ShownContent Shown, ContactsFile Contacts, string QrCodeUrl, string ReportUrl)
{
    public PosterDetails Details => Shown.Page.Poster!;
}
