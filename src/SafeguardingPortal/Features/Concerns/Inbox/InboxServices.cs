namespace SafeguardingPortal.Features.Concerns.Inbox;

public static class InboxServices
{
    public static IServiceCollection AddInbox(this IServiceCollection services) => services
        .AddScoped<InboxService>()
        .AddScoped<InboxQuery>()
        .AddScoped<InboxClock>();
}
