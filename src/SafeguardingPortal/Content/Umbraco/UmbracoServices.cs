using Microsoft.Extensions.Options;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>Umbraco as the content source, when <c>Content:Source</c> is <c>Umbraco</c> (docs/umbraco.md).</summary>
public static class UmbracoServices
{
    public static bool IsSource(IConfiguration configuration) =>
        string.Equals(configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Source)}"], "Umbraco", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddUmbracoContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UmbracoOptions>(configuration.GetSection(UmbracoOptions.Section));
        if (!IsSource(configuration))
        {
            return services;
        }

        // A page still unreadable after three quick retries leaves the last good content in place.
        services.AddHttpClient<DeliveryApiClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<UmbracoOptions>>().Value.Timeout)
            .AddHttpMessageHandler(() => new ResilienceHandler(HttpRetry.Pipeline(retries: 3, firstDelay: TimeSpan.FromMilliseconds(200))));
        services.AddSingleton<UmbracoContent>();
        services.AddSingleton<ContentMedia>();
        services.AddScoped<SharedDocuments>();
        services.AddHostedService<UmbracoRefresher>();
        services.AddHealthChecks().AddCheck<UmbracoHealthCheck>("umbraco", tags: ["ready"]);
        return services;
    }

    /// <summary>The webhook and the media Umbraco's content refers to, served from the portal's own address.</summary>
    public static IEndpointRouteBuilder MapUmbracoContent(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapUmbracoWebhook();
        endpoints.MapGet($"{ContentMedia.Path}/{{name}}", (string name, ContentMedia media, HttpContext context) =>
        {
            if (media.Find(name) is not { } file)
            {
                return Results.NotFound();
            }

            // Named by the media item's id: a changed image gets a new name, so it can be cached for a day.
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(file.Bytes, file.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
