using Microsoft.Extensions.Options;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Content.Umbraco.Push;

public static class UmbracoPushServices
{
    /// <summary>The Management API client and the pusher behind <c>content push</c>; nothing runs unless that command does.</summary>
    public static IServiceCollection AddUmbracoPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UmbracoPushOptions>(configuration.GetSection(UmbracoPushOptions.Section));
        services.AddHttpClient<ManagementApiClient>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<UmbracoPushOptions>>().Value.Timeout)
            .AddHttpMessageHandler(sp => new ResilienceHandler(UmbracoPushResilience.Pipeline(sp.GetRequiredService<IOptions<UmbracoPushOptions>>().Value)));
        services.AddTransient<ContentPusher>();
        return services;
    }
}
