using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafeguardingPortal.Data;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>
/// The portal in the Testing environment: its own database, fake time, the repository's content (or a copy
/// a test changed), and data-protection keys in a temporary folder. No test branches in the app: everything
/// test-specific is configuration or a service override here.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>Wednesday 18 November 2026, 10:00 in London: office hours, during Safeguarding Adults Week.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo keys = Directory.CreateTempSubdirectory("nts-keys-");

    public FakeTime Time { get; } = new(DefaultNow);

    public TestDatabase Database { get; } = TestDatabase.Create();

    public string ContentPath { get; init; } = RepositoryRoot.Combine("content");

    public string EnvironmentName { get; init; } = "Testing";

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Errors the server logged, for assertion messages.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    /// <summary>Extra service overrides for one test's host.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>EF Core interceptors added to the portal's database context, whichever provider the run uses.</summary>
    public IInterceptor[] DatabaseInterceptors { get; init; } = [];

    /// <summary>The folder of the key-encryption certificate (and of any key ring from before keys moved to the database).</summary>
    public string KeyDirectory => keys.FullName;

    /// <summary>Where the outbox's emails land in tests (the Development .eml sender, pointed at a temporary folder).</summary>
    public string OutboxFolder => Path.Combine(keys.FullName, "outbox");

    public HttpClient CreateBrowserlessClient(bool followRedirects = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = followRedirects,
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);

        // Outside Development, precompressed static assets exist only in a published app; a build keeps
        // them under obj/, which the static-web-assets manifest maps (as `dotnet run` does in Development).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Portal", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("DataProtection:KeyDirectory", keys.FullName);
        builder.UseSetting("PublicBaseUrl", "https://portal.test/");
        builder.UseSetting("Documents:CacheDirectory", Path.Combine(keys.FullName, "documents"));
        builder.UseSetting("Email:PickupDirectory", OutboxFolder);

        // Tests send the outbox themselves (OutboxDispatcher.DispatchDueAsync): the background loop's real-time
        // ticks would otherwise race them on a slow machine.
        builder.UseSetting("Outbox:PollInterval", "1.00:00:00");

        // Every test shares one client address; the limit itself is tested with its own host.
        builder.UseSetting("RateLimits:ApiPermitLimit", "1000000");
        builder.UseSetting("RateLimits:FormPermitLimit", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddScoped<IEmailSender, EmlFileSender>();
            TestSignIn.Register(services);
            ExtraServices?.Invoke(services);
            if (DatabaseInterceptors.Length > 0)
            {
                services.ConfigureDbContext<SqlitePortalDbContext>(o => o.AddInterceptors(DatabaseInterceptors));
                services.ConfigureDbContext<PostgresPortalDbContext>(o => o.AddInterceptors(DatabaseInterceptors));
            }

            services.Configure<MvcOptions>(o => o.Filters.Add(new FailOnRequestFilter()));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // WebApplicationFactory can call this twice (Dispose and DisposeAsync).
        if (disposing && keys.Exists)
        {
            Database.Dispose();
            keys.Delete(recursive: true);
            keys.Refresh();
        }
    }
}
