namespace SafeguardingPortal.Features.Pledges;

/// <summary>What the pledge form sends. The public's name and email are optional; so is everything else.</summary>
public sealed record PledgeForm(string? PersonalAction, bool OnWall, bool ShowName, string? FirstName = null, string? Email = null, bool HoneypotFilled = false);
