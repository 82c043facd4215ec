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

        services.AddHttpClient<DeliveryApiClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<UmbracoOptions>>().Value.Timeout)
            .AddHttpMessageHandler(() => new ResilienceHandler(DeliveryApiResilience.Pipeline));
        services.AddSingleton<UmbracoContent>();
        services.AddHostedService<UmbracoRefresher>();
        services.AddHealthChecks().AddCheck<UmbracoHealthCheck>("umbraco", tags: ["ready"]);
        return services;
    }
}
