using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>A page whose words come from one content file; 404 when it is missing or outside its dates.</summary>
public abstract class CampaignPageModel(CampaignContent content) : PageModel
{
    public ShownContent Shown { get; private set; } = null!;

    protected CampaignContent Campaign => content;

    protected IActionResult Show(string path, PageLayout layout)
    {
        var shown = content.Find(path);
        if (shown is null || shown.Page.Layout != layout)
        {
            return NotFound();
        }

        Shown = shown;
        ViewData["Title"] = shown.Page.Title;
        ViewData["Description"] = shown.Page.Summary;
        return Page();
    }
}
