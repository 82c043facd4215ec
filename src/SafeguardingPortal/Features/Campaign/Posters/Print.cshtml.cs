using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Features.Campaign.Posters;

/// <summary>
/// The print-ready poster: the A4 page Chromium turns into the PDF (and the fallback when it cannot), or with
/// <c>/screen</c> the 1920 by 1080 layout it photographs for the screen saver.
/// </summary>
public sealed class PrintModel(CampaignContent content, IOptions<ReferenceData> reference, PortalLinks links) : CampaignPageModel(content)
{
    public PosterView Poster { get; private set; } = null!;

    [FromRoute]
    public int Number { get; set; }

    [FromRoute]
    public string? Size { get; set; }

    public bool IsScreenSaver => Size == "screen";

    /// <summary>Set when a download fell back to this page because documents cannot be rendered.</summary>
    [FromQuery]
    public bool Unavailable { get; set; }

    public IActionResult OnGet()
    {
        var result = Show($"/posters/{Number}", PageLayout.Poster);
        if (result is Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
        {
            Poster = PosterModel.For(links, reference.Value, Shown, Number) with { ScreenSaver = IsScreenSaver };
        }

        return result;
    }
}
