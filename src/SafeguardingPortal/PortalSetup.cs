using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco;
using SafeguardingPortal.Content.Umbraco.Push;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Accounts.Authorization;
using SafeguardingPortal.Features.Accounts.Demo;
using SafeguardingPortal.Features.Campaign;
using SafeguardingPortal.Features.Concerns.Api;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.ReportConcern;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Retention;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Pledges;
using SafeguardingPortal.Features.Training.Records;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.DataProtection;
using SafeguardingPortal.Web.Documents;
using SafeguardingPortal.Web.Forms;
using SafeguardingPortal.Web.Health;
using SafeguardingPortal.Web.Jobs;
using SafeguardingPortal.Web.Layout;
using SafeguardingPortal.Web.Localisation;
using SafeguardingPortal.Web.Monitoring;
using SafeguardingPortal.Web.Outbox;
using SafeguardingPortal.Web.Outbox.Events;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal;

/// <summary>The composition root: what the portal registers, and the order requests pass through.</summary>
public static class PortalSetup
{
    public const string PublicPagePolicy = "PublicPage";

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var environment = builder.Environment;

        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.Configure<PortalOptions>(configuration);
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.Configure<DocumentOptions>(configuration.GetSection(DocumentOptions.Section));
        services.AddSingleton<ContentStore>();
        services.AddUmbracoPush(configuration);
        services.AddScoped<CampaignContent>();
        services.AddScoped<PortalLinks>();
        services.AddScoped<PageChromeProvider>();
        services.AddScoped(sp => sp.GetRequiredService<PageChromeProvider>().Create(sp.GetRequiredService<IHttpContextAccessor>().HttpContext!));
        services.AddSingleton<ChromiumDocumentRenderer>();
        services.AddSingleton<IStringLocalizerFactory, ContentStringLocalizerFactory>();
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));

        services.AddOptions<ReferenceData>()
            .Configure<IOptions<ContentOptions>>((data, content) => ReferenceDataLoader.LoadInto(data, content.Value.ReferenceFolder(environment.ContentRootPath)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReferenceData>, ReferenceDataValidator>();
        services.AddOptions<PostcodeData>()
            .Configure<IOptions<ContentOptions>>((data, content) => PostcodeDataLoader.LoadInto(data, content.Value.ReferenceFolder(environment.ContentRootPath)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PostcodeData>, PostcodeDataValidator>();
        services.AddSingleton(sp => new PostcodeDirectory(sp.GetRequiredService<IOptions<PostcodeData>>().Value));
        services.AddScoped<ImportedPostcodes>();
        services.AddScoped<PostcodeImporter>();

        services.AddPortalDatabase(configuration, environment);

        // After the database: its refresher stores what it reads there, so it starts once migrations have run.
        services.AddUmbracoContent(configuration);
        services.AddPortalAccounts(configuration);
        services.AddDemoSignIn(environment);
        services.AddScoped<Web.Audit.AuditLog>();
        services.AddSingleton<RoutingDataProvider>();
        services.AddScoped<ConcernService>();
        services.AddScoped<Features.Training.TrainingService>();
        services.AddScoped<Features.Training.PriorLearning.PriorLearningService>();
        services.AddScoped<Features.Training.FaceToFace.FaceToFaceService>();
        services.AddRecurringJob<Features.Training.RefresherReminders>(RecurringJobs.SeveralTimesADay);
        services.AddTrainingRecords();
        services.AddConcernRetention(configuration);
        services.AddInbox();
        services.Configure<ReportJourneyOptions>(configuration.GetSection("ReportJourney"));
        services.AddScoped<ReportDrafts>();
        services.AddSingleton<ExpiredDraftSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredDraftSweeper>());
        services.AddScoped<StepContextFactory>();
        services.AddScoped<NumbersToCall>();
        services.AddPortalRateLimits(configuration);
        services.AddPledges(configuration);
        services.AddScoped<Features.Champions.Briefings.BriefingService>();
        services.AddScoped<Features.Champions.Finder.ChampionDirectory>();
        services.AddScoped<Features.Champions.Finder.PosterLoader>();
        services.AddScoped<Features.Champions.Briefings.BriefingQueries>();
        services.AddScoped<Features.Champions.Active.ChampionProgramme>();
        services.AddScoped<Features.Champions.Active.ActivePanel>();
        services.AddRecurringJob<Features.Champions.Active.ChampionReminders>(RecurringJobs.SeveralTimesADay);
        services.Configure<Features.Dashboard.Coverage.CoverageOptions>(configuration.GetSection(Features.Dashboard.Coverage.CoverageOptions.Section));
        services.AddScoped<Features.Dashboard.Coverage.CoverageService>();
        services.AddScoped<Features.Dashboard.Impact.ChannelCounter>();
        services.AddScoped<Features.Dashboard.Concerns.ConcernQueries>();
        services.AddRecurringJob<Features.Dashboard.Coverage.MonthEndSnapshotJob>(RecurringJobs.SeveralTimesADay);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only a proxy on this machine or one named in configuration may say who the client is (security.md §9):
            // otherwise the per-address limits would be one spoofed header away. (Emptying both lists would trust all.)
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddOutbox(configuration, environment);
        services.AddPortalMonitoring(configuration);
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddScoped<DeliveryEvents>();
        services.AddPortalDataProtection(configuration, environment);

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ContentHealthCheck>("content", tags: ["ready"])
            .AddCheck<ReferenceDataHealthCheck>("reference-data", tags: ["ready"])
            .AddCheck<ProductionSettingsHealthCheck>("production-settings", tags: ["ready"]);

        services.AddRouting(o => o.LowercaseUrls = true);

        // Write Bengali as characters, not as &#x…; entities: a third of the bytes, and readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            FeatureAccess.Apply(o.Conventions);
            // Every page's POST: a form that cannot be read is a 4xx before anything else reads it, and a page without a
            // handler for the POST refuses it rather than render a model nothing loaded (bench/fuzz.sh found both as 500s).
            UnreadableForms.Apply(o.Conventions);
            PostsNeedAHandler.Apply(o.Conventions);
            DemoServices.Apply(o.Conventions, environment);
        });
        services.AddAntiforgery(o =>
        {
            // Not __Host-/Secure-always: antiforgery refuses to run over plain http then, and the run command serves
            // http on loopback. It is no credential; over https it is Secure anyway.
            o.Cookie.Name = "portal-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => AccountServices.Harden(o.Cookie, "__Host-portal-notice"));
        services.AddOutputCache(o => o.AddPolicy(PublicPagePolicy, p => p.Expire(TimeSpan.FromMinutes(5)).Tag("content")));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = ex => DatabaseUnavailable.Is(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        else
        {
            app.UseDeveloperExceptionPage();
        }

        // People get the error page with 999 and the numbers; API clients get problem+json.
        app.UseWhen(context => !IsApi(context), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(IsApi, branch => branch.UseStatusCodePages());
        app.UseLanguagePrefix();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        // Compress only public, output-cached pages: they carry no secrets, so compression cannot leak one (BREACH).
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>() is not null,
            branch => branch.UseResponseCompression());
        app.UseOutputCache();

        // Everything not named anonymous here or in FeatureAccess needs a signed-in user (the fallback policy).
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapConcernsApi();
        app.MapSendGridWebhook();
        if (UmbracoServices.IsSource(app.Configuration))
        {
            app.MapUmbracoContent();
        }
        app.MapOpenApi().AllowAnonymous();

        var content = app.Services.GetRequiredService<ContentStore>();
        var cache = app.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
        content.Changed += () => _ = cache.EvictByTagAsync("content", default).AsTask();
        LogMissingProductionSettings(app);
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static void LogMissingProductionSettings(WebApplication app)
    {
        if (!app.Environment.IsProduction())
        {
            return;
        }

        foreach (var key in ProductionSettingsHealthCheck.Missing(app.Configuration))
        {
            app.Logger.LogCritical("Production setting {Setting} is missing: /health/ready reports unhealthy until it is set", key);
        }
    }
}
