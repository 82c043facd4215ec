using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// Reads published documents from the Content Delivery API v2: every document below the start item, a page at a
/// time, and one document by id (after a webhook). Retries and timeouts are the Polly pipeline's (UmbracoServices).
/// </summary>
public sealed class DeliveryApiClient(HttpClient http, IOptions<UmbracoOptions> options)
{
    private const string Api = "umbraco/delivery/api/v2/content";
    private const int PageSize = 100;

    /// <summary>The start item and every published document below it, in one culture.</summary>
    public async Task<IReadOnlyList<DeliveryItem>> AllAsync(string culture, CancellationToken cancellationToken)
    {
        var items = new List<DeliveryItem>();
        using (var root = await GetAsync($"{Api}/item/{Uri.EscapeDataString("/")}", culture, cancellationToken))
        {
            if (root is not null)
            {
                items.Add(DeliveryItem.Parse(root.RootElement));
            }
        }

        var start = Uri.EscapeDataString(options.Value.StartItem);
        for (var skip = 0; ; skip += PageSize)
        {
            using var page = await GetAsync($"{Api}?fetch=descendants:{start}&skip={skip}&take={PageSize}", culture, cancellationToken)
                ?? throw new HttpRequestException($"The Delivery API has no start item '{options.Value.StartItem}'");
            var batch = page.RootElement.GetProperty("items").EnumerateArray().Select(DeliveryItem.Parse).ToList();
            items.AddRange(batch);
            if (batch.Count < PageSize || skip + PageSize >= page.RootElement.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }

    /// <summary>One document by id in one culture, or null when it is not published (in that culture).</summary>
    public async Task<DeliveryItem?> ItemAsync(Guid id, string culture, CancellationToken cancellationToken)
    {
        using var item = await GetAsync($"{Api}/item/{id}", culture, cancellationToken);
        return item is null ? null : DeliveryItem.Parse(item.RootElement);
    }

    /// <summary>The latest saved version of a page, published or not (<c>Preview: true</c>), by its route below the start item.</summary>
    public async Task<DeliveryItem?> PreviewAsync(string route, string culture, CancellationToken cancellationToken)
    {
        var segments = route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString);
        using var item = await GetAsync($"{Api}/item/{(route.Trim('/').Length == 0 ? Uri.EscapeDataString("/") : string.Join('/', segments))}", culture, cancellationToken, preview: true);
        return item is null ? null : DeliveryItem.Parse(item.RootElement);
    }

    /// <summary>A media file by the URL the Delivery API gave for it (relative to the site), at most <paramref name="maxBytes"/>.</summary>
    public async Task<byte[]> MediaAsync(string url, int maxBytes, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(options.Value.DeliveryUrl!, url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new HttpRequestException($"media larger than {maxBytes} bytes");
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>The JSON of a GET, or null for a 404; anything else unsuccessful throws.</summary>
    private async Task<JsonDocument?> GetAsync(string path, string culture, CancellationToken cancellationToken, bool preview = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.DeliveryUrl!, path));
        request.Headers.Add("Api-Key", options.Value.ApiKey);
        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        request.Headers.Add("Start-Item", options.Value.StartItem);
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }
}
