namespace SafeguardingPortal.Features.Accounts.Sessions;

/// <summary>Session limits (security.md §4): a session ends after 30 idle minutes, and after 12 hours whatever happens.</summary>
public sealed class SessionLimits
{
    public const string Section = "Sessions";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AbsoluteLimit { get; set; } = TimeSpan.FromHours(12);
}
