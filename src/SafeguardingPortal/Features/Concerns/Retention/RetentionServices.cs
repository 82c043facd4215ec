namespace SafeguardingPortal.Features.Concerns.Retention;

public static class RetentionServices
{
    public static IServiceCollection AddConcernRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddScoped<ConcernRetention>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
