using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Campaign;

/// <summary>
/// The portal with Umbraco as its content source, read from a loopback Delivery API whose every answer is checked
/// against Umbraco's OpenAPI document: it shows the same pages as the portal reading content/, a webhook with the
/// shared secret changes a page before it returns, one without is refused, and with Umbraco down the last good
/// content is served while readiness says degraded.
/// </summary>
public sealed partial class UmbracoSourceTests : IAsyncLifetime
{
    private const string Secret = "test-webhook-secret";
    private Dictionary<string, List<JsonObject>> published = null!;

    private FakeUmbracoDelivery Cms { get; set; } = null!;

    private PortalFactory FromUmbraco { get; set; } = null!;

    private PortalFactory FromFolder { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Cms = await FakeUmbracoDelivery.StartAsync();
        var items = DeliveryFixtures.From(RepositoryRoot.Combine("content"));
        published = new() { ["en-GB"] = [.. items["en"], .. UmbracoExamples()], ["bn"] = items["bn"] };
        Poster(1)["properties"]!["artwork"] = MediaPicker(ArtworkId, "/media/abc123/poster-1.png", "png");
        Poster(2)["properties"]!["artwork"] = MediaPicker(Guid.NewGuid(), "/media/def456/poster-2.svg", "svg");
        await Cms.AddMediaAsync("/media/abc123/poster-1.png", Png, "image/png");
        await Cms.AddMediaAsync("/media/def456/poster-2.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(), "image/svg+xml");
        await Cms.PublishAllAsync(published);

        FromUmbraco = UmbracoPortal();
        FromFolder = new PortalFactory();
    }

    public async Task DisposeAsync()
    {
        await FromUmbraco.DisposeAsync();
        await FromFolder.DisposeAsync();
        await Cms.DisposeAsync();
    }

    [Fact]
    public async Task Every_page_reads_the_same_from_umbraco_as_from_the_folder()
    {
        var umbracoClient = FromUmbraco.CreateBrowserlessClient();
        var folderClient = FromFolder.CreateBrowserlessClient();
        var pages = FromFolder.Services.GetRequiredService<ContentStore>().Current.Pages;

        Assert.StartsWith("Umbraco at", FromUmbraco.Services.GetRequiredService<ContentStore>().Current.Origin, StringComparison.Ordinal);
        foreach (var page in pages)
        {
            var url = page.Language == Languages.English.Code ? page.Path : $"/{page.Language}{(page.Path == "/" ? "" : page.Path)}";
            var (folderStatus, folderText) = await MainTextAsync(folderClient, url);
            var (umbracoStatus, umbracoText) = await MainTextAsync(umbracoClient, url);
            Assert.True(folderStatus == umbracoStatus, $"{url}: {folderStatus} from the folder, {umbracoStatus} from Umbraco");
            Assert.True(folderText == umbracoText, $"{url} differs:\n{folderText}\n---\n{umbracoText}");
        }

        Assert.Equal("[]", await Cms.InvalidAsync());
        var requests = await Cms.RequestsAsync();
        Assert.All(requests, r => Assert.Equal((FakeUmbracoDelivery.ApiKey, FakeUmbracoDelivery.StartItem, 200), (r.ApiKey, r.StartItem, r.Status)));
        Assert.Equal(["bn", "en-GB"], requests.Select(r => r.Culture).Distinct().Order());
    }

    [Fact]
    public async Task Poster_artwork_is_fetched_and_served_from_the_portals_own_address_and_only_if_it_is_an_image()
    {
        var client = FromUmbraco.CreateBrowserlessClient();
        var poster = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/posters/1", UriKind.Relative)));
        var image = poster.QuerySelector("img.nts-poster__artwork-image")!;
        Assert.StartsWith("/content-media/", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal((string)Poster(1)["properties"]!["artworkDescription"]!, image.GetAttribute("alt"));

        using var served = await client.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
        Assert.Contains("img-src 'self'", served.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        // An SVG can carry script: the poster keeps its placeholder.
        var svgPoster = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/posters/2", UriKind.Relative)));
        Assert.Null(svgPoster.QuerySelector("img.nts-poster__artwork-image"));
        Assert.NotNull(svgPoster.QuerySelector(".nts-poster__artwork[role='img']"));
    }

    [Fact]
    public async Task A_webhook_with_the_secret_changes_a_page_before_it_returns_and_one_without_is_refused()
    {
        var client = FromUmbraco.CreateBrowserlessClient();
        var contact = published["en-GB"].Single(i => (string)i["route"]!["path"]! == "/contact/");
        var changed = contact.DeepClone().AsObject();
        changed["properties"]!["body"] = "The safeguarding team has moved to the Guildhall's west wing.";
        await Cms.PublishAsync("en-GB", changed);

        using (var refused = await PostWebhookAsync(client, "Umbraco.ContentPublish", changed, secret: "guess"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.DoesNotContain("west wing", (await MainTextAsync(client, "/contact")).Text, StringComparison.Ordinal);
        using (var accepted = await PostWebhookAsync(client, "Umbraco.ContentPublish", changed, Secret))
        {
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        Assert.Contains("west wing", (await MainTextAsync(client, "/contact")).Text, StringComparison.Ordinal);

        using (var deleted = await PostWebhookAsync(client, "Umbraco.ContentDelete", new JsonObject { ["id"] = (string)contact["id"]! }, Secret))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await MainTextAsync(client, "/contact")).Status);
    }

    [Fact]
    public async Task A_content_editor_previews_an_unpublished_draft_and_sees_what_would_stop_it()
    {
        var contact = published["en-GB"].Single(i => (string)i["route"]!["path"]! == "/contact/");
        var draft = contact.DeepClone().AsObject();
        draft["properties"]!["body"] = "From January the team answers the phone until 8pm.";
        await Cms.SaveDraftAsync("en-GB", draft);

        var editor = new JourneyClient(FromUmbraco.ClientFor(await TestUsers.CreateAsync(FromUmbraco, roles: [(PortalRole.Staff, null), (PortalRole.ContentEditor, null)])));
        await editor.OpenAsync("/content-status/preview?path=/contact");
        Assert.Contains("until 8pm", editor.Text, StringComparison.Ordinal);
        Assert.Contains("The public sees it only once it is published", editor.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("until 8pm", (await MainTextAsync(FromUmbraco.CreateBrowserlessClient(), "/contact")).Text, StringComparison.Ordinal);
        Assert.Contains(await Cms.RequestsAsync(), r => r.Preview && r.Path.EndsWith("/content/item/contact", StringComparison.Ordinal));

        draft["properties"]!["phase"] = "no-such-phase";
        await Cms.SaveDraftAsync("en-GB", draft);
        await editor.OpenAsync("/content-status/preview?path=/contact");
        Assert.Contains("unknown phase 'no-such-phase'", editor.Page.QuerySelector("#problems")!.TextContent, StringComparison.Ordinal);

        var staff = new JourneyClient(FromUmbraco.ClientFor(await TestUsers.CreateAsync(FromUmbraco, roles: [(PortalRole.Staff, null)])));
        await staff.OpenAsync("/content-status/preview?path=/contact");
        Assert.Equal(HttpStatusCode.Forbidden, staff.Status);
    }

    [Fact]
    public async Task A_second_instance_takes_up_what_the_first_read_and_starts_from_it_while_umbraco_is_down()
    {
        await using var second = UmbracoPortal(sharing: FromUmbraco);
        var firstClient = FromUmbraco.CreateBrowserlessClient();
        var secondClient = second.CreateBrowserlessClient();
        var page = published["en-GB"].Single(i => (string)i["route"]!["path"]! == "/accessibility/");
        var changed = page.DeepClone().AsObject();
        changed["properties"]!["body"] = "We tested the portal with screen reader users in November.";
        await Cms.PublishAsync("en-GB", changed);

        // The webhook reaches the first instance only; the second takes it up from the database at its next check.
        using (var accepted = await PostWebhookAsync(firstClient, "Umbraco.ContentPublish", changed, Secret))
        {
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        Assert.DoesNotContain("screen reader users", (await MainTextAsync(secondClient, "/accessibility")).Text, StringComparison.Ordinal);
        await second.Services.GetRequiredService<UmbracoContent>().SyncFromSharedAsync(default);
        Assert.Contains("screen reader users", (await MainTextAsync(secondClient, "/accessibility")).Text, StringComparison.Ordinal);

        // A third instance starting while Umbraco is down serves the last good content, not content/.
        await Cms.SetDownAsync(true);
        try
        {
            await using var third = UmbracoPortal(sharing: FromUmbraco);
            var thirdClient = third.CreateBrowserlessClient();
            Assert.Contains("screen reader users", (await MainTextAsync(thirdClient, "/accessibility")).Text, StringComparison.Ordinal);
            Assert.Equal("Degraded", await thirdClient.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
        }
        finally
        {
            await Cms.SetDownAsync(false);
        }
    }

    [Fact]
    public async Task With_umbraco_down_the_last_good_content_is_served_and_readiness_is_degraded()
    {
        var client = FromUmbraco.CreateBrowserlessClient();
        var before = await MainTextAsync(client, "/who-to-call");
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));

        await Cms.SetDownAsync(true);
        await FromUmbraco.Services.GetRequiredService<UmbracoContent>().RefreshAllAsync(default);

        Assert.Equal(before, await MainTextAsync(client, "/who-to-call"));
        Assert.Equal("Degraded", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));

        await Cms.SetDownAsync(false);
        await FromUmbraco.Services.GetRequiredService<UmbracoContent>().RefreshAllAsync(default);
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }

    /// <summary>A portal reading the fake Umbraco; with <paramref name="sharing"/>, another instance on that portal's database.</summary>
    private PortalFactory UmbracoPortal(PortalFactory? sharing = null)
    {
        var portal = new PortalFactory();
        portal.Settings["Content:Source"] = "Umbraco";
        portal.Settings["Umbraco:DeliveryUrl"] = Cms.BaseUrl.ToString();
        portal.Settings["Umbraco:ApiKey"] = FakeUmbracoDelivery.ApiKey;
        portal.Settings["Umbraco:WebhookSecret"] = Secret;
        portal.Settings["Umbraco:FullRefreshEvery"] = "1.00:00:00";
        portal.Settings["Umbraco:ShareCheckEvery"] = "1.00:00:00";
        portal.Settings["Umbraco:StartupWait"] = "00:00:05";
        if (sharing is not null)
        {
            portal.Settings["Database:Provider"] = sharing.Database.Provider;
            portal.Settings["ConnectionStrings:Portal"] = sharing.Database.ConnectionString;
            portal.Settings["DataProtection:KeyDirectory"] = sharing.KeyDirectory;
        }

        return portal;
    }

    private static readonly Guid ArtworkId = new("0b7a7b8e-6d2c-4b0e-9a51-2f0c3c1d9e01");

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private JsonObject Poster(int number) => published["en-GB"].Single(i => (string)i["route"]!["path"]! == $"/posters/{number}/");

    /// <summary>A Media Picker value as the Delivery API returns it.</summary>
    private static JsonArray MediaPicker(Guid id, string url, string extension) =>
    [
        new JsonObject
        {
            ["focalPoint"] = null,
            ["crops"] = new JsonArray(),
            ["id"] = id.ToString(),
            ["name"] = "Poster artwork",
            ["mediaType"] = "Image",
            ["url"] = url,
            ["extension"] = extension,
            ["width"] = 1,
            ["height"] = 1,
            ["bytes"] = 68,
            ["properties"] = new JsonObject(),
        },
    ];

    /// <summary>Umbraco's own example documents, unmodified: served (and so checked against the contract) beside the portal's, and skipped by it.</summary>
    private static IEnumerable<JsonObject> UmbracoExamples() =>
        Directory.EnumerateFiles(SharedContracts.Path("umbraco"), "example-*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject())
            .SelectMany(o => o["items"] is JsonArray paged ? paged.Select(i => i!.DeepClone().AsObject()) : [o]);

    private static async Task<HttpResponseMessage> PostWebhookAsync(HttpClient client, string eventName, JsonObject body, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(UmbracoWebhook.Path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(UmbracoWebhook.SecretHeader, secret);
        request.Headers.Add(UmbracoWebhook.EventHeader, eventName);
        return await client.SendAsync(request);
    }

    /// <summary>The page's status and the words of its main element (images by their alt text), spaces normalised.</summary>
    private static async Task<(HttpStatusCode Status, string Text)> MainTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        foreach (var image in document.QuerySelectorAll("main img").ToList())
        {
            image.Replace(document.CreateTextNode(image.GetAttribute("alt") ?? "")); // artwork reads as its description, as the placeholder does
        }

        return (response.StatusCode, Spaces().Replace(document.QuerySelector("main")?.TextContent ?? "", " ").Trim());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
