using Microsoft.Playwright;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// The portal on real Kestrel (a loopback port) and Debian's Chromium driven by Playwright — no downloaded
/// browser. Chromium is also what the portal itself renders posters with, so documents are real here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public PortalFactory Portal { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal.UseKestrel(0);
        Portal.StartServer();
        BaseAddress = Portal.ClientOptions.BaseAddress;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,

            // Without these, Chromium keeps trying to reach Google's services on a machine with no internet.
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
