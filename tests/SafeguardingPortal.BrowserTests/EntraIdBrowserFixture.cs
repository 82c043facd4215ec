using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.BrowserTests;

/// <summary>
/// The portal on Kestrel signing staff in with the real oidc-provider (<see cref="OidcProviderProcess"/>), both on
/// 127.0.0.1, with Chromium. The portal runs on the real clock: the provider stamps tokens with it, and the browser
/// would drop cookies that a clock in the past had already expired. It serves https with a throwaway certificate,
/// as in production: antiforgery refuses its Secure-only cookie on a plain-http request.
/// </summary>
public sealed class EntraIdBrowserFixture : IAsyncLifetime
{
    public static readonly OidcAccount Amira = new("amira", "5b0c6f52-0a8e-4a4c-9a53-0c1c4f0d7a11", "Amira Begum", ["Champion"], "amira.begum@example.org");

    public static readonly OidcAccount Ben = new("ben", "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", "Ben Okafor", [], "ben.okafor@example.org");

    private IPlaywright? playwright;

    public OidcProviderProcess Provider { get; } = new(new OidcProviderOptions { Accounts = { Amira, Ben } });

    public PortalFactory Portal { get; } = new() { ExtraServices = services => services.AddSingleton(TimeProvider.System) };

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The provider's port goes into the portal's settings, and the portal's into the provider's redirect URIs.
        await Provider.StartAsync();
        Portal.Settings["Authentication:EntraId:Instance"] = $"http://127.0.0.1:{Provider.Port}/";
        Portal.Settings["Authentication:EntraId:TenantId"] = Provider.TenantId;
        Portal.Settings["Authentication:EntraId:ClientId"] = Provider.ClientId;
        Portal.Settings["Authentication:EntraId:ClientSecret"] = Provider.ClientSecret;
        Portal.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(SelfSignedCertificate())));
        Portal.StartServer();
        BaseAddress = Portal.ClientOptions.BaseAddress;
        Provider.Options.RedirectUris.Add(new Uri(BaseAddress, "/signin-entra").ToString());
        await Provider.StopAsync();
        await Provider.StartAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A page in a context of its own: its own cookies, as another browser would have.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), IgnoreHTTPSErrors = true });
        return await context.NewPageAsync();
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Through PKCS#12, so Kestrel gets a key it can use on Linux.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Portal.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
