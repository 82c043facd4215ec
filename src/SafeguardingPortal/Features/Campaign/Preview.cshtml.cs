using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;

namespace SafeguardingPortal.Features.Campaign;

/// <summary>
/// A content editor's preview of a page saved in Umbraco but not yet published (<c>Preview: true</c>): shown as the
/// portal would show it, or with the problems that would stop the portal publishing it. Only with Umbraco as the source.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PreviewModel(IServiceProvider services, ContentStore store, IOptions<UmbracoOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "path")]
    public string Route { get; set; } = "/";

    [BindProperty(SupportsGet = true, Name = "language")]
    public string Language { get; set; } = Languages.English.Code;

    public ContentPage? Draft { get; private set; }

    public IReadOnlyList<ContentProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<DeliveryApiClient>() is not { } client || !options.Value.Cultures.TryGetValue(Language, out var culture))
        {
            return NotFound();
        }

        if (await client.PreviewAsync(Route, culture, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var (files, _) = DeliveryFiles.For(new Dictionary<string, IReadOnlyList<DeliveryItem>> { [Language] = [item] });
        var file = $"{Language}/{DeliveryFiles.PagePath(item.RoutePath)}";
        if (!files.TryGetValue($"pages/{file}", out var text))
        {
            return NotFound();
        }

        (Draft, Problems) = ContentParser.Parse(file, text, store.Current.Phases.Select(p => p.Id).ToHashSet());
        return Page();
    }
}
