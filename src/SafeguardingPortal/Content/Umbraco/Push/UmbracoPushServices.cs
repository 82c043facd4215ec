using Microsoft.Extensions.Options;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Content.Umbraco.Push;

public static class UmbracoPushServices
{
    /// <summary>The Management API client and the pusher behind <c>content push</c>; nothing runs unless that command does.</summary>
    public static IServiceCollection AddUmbracoPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UmbracoPushOptions>(configuration.GetSection(UmbracoPushOptions.Section));
        // Retrying writes is safe: every create names its stable id, so a repeat of one that did land is refused rather
        // than duplicated, and the next push finds it.
        services.AddHttpClient<ManagementApiClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<UmbracoPushOptions>>().Value.Timeout)
            .AddHttpMessageHandler(sp =>
            {
                var push = sp.GetRequiredService<IOptions<UmbracoPushOptions>>().Value;
                return new ResilienceHandler(HttpRetry.Pipeline(push.Retries, push.RetryDelay));
            });
        services.AddTransient<ContentPusher>();

        // The command prints each change it makes; the HTTP client's lines for every request would drown them.
        services.AddLogging(logging => logging.AddFilter($"System.Net.Http.HttpClient.{nameof(ManagementApiClient)}", LogLevel.Warning));
        return services;
    }
}
