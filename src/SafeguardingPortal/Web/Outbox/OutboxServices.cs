namespace SafeguardingPortal.Web.Outbox;

public static class OutboxServices
{
    /// <summary>
    /// The dispatcher always runs. Development's sender writes .eml files; Production's (SendGrid) arrives with the
    /// notifications issue — until a sender is registered, messages wait in the outbox rather than being lost.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        if (environment.IsDevelopment())
        {
            services.AddScoped<IEmailSender, EmlFileSender>();
        }

        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
