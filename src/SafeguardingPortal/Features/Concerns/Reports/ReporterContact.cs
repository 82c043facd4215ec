namespace SafeguardingPortal.Features.Concerns.Reports;

/// <summary>How to reach the reporter, when they gave it. Personal data: stored encrypted, never logged or emailed.</summary>
public sealed record ReporterContact(string? Name, string? Email, string? Phone);
