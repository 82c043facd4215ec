namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>A role an Entra ID app role gives; <see cref="Scope"/> is the team for team roles, null for department roles until the person's department fills it.</summary>
public readonly record struct MappedRole(PortalRole Role, string? Scope = null);

/// <summary>
/// Reads the token's app roles. Their values are the portal's role names (<c>Champion</c>, <c>SafeguardingLead</c>…),
/// and a team manager's names the team (<c>TeamManager.ChildrenTeam</c>). Every council account is also Staff.
/// </summary>
public static class EntraRoles
{
    public const string TeamManagerPrefix = "TeamManager.";

    public static IReadOnlySet<MappedRole> Map(IEnumerable<string> appRoleValues) =>
        appRoleValues.Select(Parse).OfType<MappedRole>().Append(new MappedRole(PortalRole.Staff)).ToHashSet();

    /// <summary>The role a value names, or null for values the portal does not know, which are ignored.</summary>
    public static MappedRole? Parse(string value)
    {
        if (value.StartsWith(TeamManagerPrefix, StringComparison.Ordinal))
        {
            return Named(value[TeamManagerPrefix.Length..]) is { } team && PortalRoles.Teams.Contains(team)
                ? new MappedRole(PortalRole.TeamManager, team.ToString())
                : null;
        }

        return Named(value) switch
        {
            // Members and partners have local accounts; a team manager must say which team.
            null or PortalRole.Member or PortalRole.Partner or PortalRole.TeamManager => null,
            var role when PortalRoles.Teams.Contains(role.Value) => new MappedRole(role.Value, role.Value.ToString()),
            var role => new MappedRole(role.Value),
        };
    }

    // By exact name: Enum.TryParse would also take "3", " Champion" and "Staff,Champion".
    private static PortalRole? Named(string value) =>
        PortalRoles.All.Where(role => role.ToString().Equals(value, StringComparison.Ordinal)).Cast<PortalRole?>().FirstOrDefault();
}
