using Microsoft.Extensions.Options;
using SafeguardingPortal.Web.Outbox.SendGrid;

namespace SafeguardingPortal.Web.Outbox;

public static class OutboxServices
{
    /// <summary>
    /// The dispatcher always runs. Development's sender writes .eml files; with an <c>Email:SendGrid:ApiKey</c>
    /// (required in Production) messages go through SendGrid. Without any sender they wait in the outbox, never lost.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<SendGridOptions>(configuration.GetSection(SendGridOptions.Section));
        if (environment.IsDevelopment())
        {
            services.AddScoped<IEmailSender, EmlFileSender>();
        }

        services.AddHttpClient<SendGridSender>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<SendGridOptions>>().Value.Timeout)
            .AddHttpMessageHandler(sp => new ResilienceHandler(SendGridResilience.Pipeline(sp.GetRequiredService<IOptions<SendGridOptions>>().Value)));
        if (!string.IsNullOrWhiteSpace(configuration[$"{SendGridOptions.Section}:{nameof(SendGridOptions.ApiKey)}"]))
        {
            services.AddScoped<IEmailSender>(sp => sp.GetRequiredService<SendGridSender>());
        }

        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
