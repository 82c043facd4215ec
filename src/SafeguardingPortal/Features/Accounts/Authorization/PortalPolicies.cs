using Microsoft.AspNetCore.Authorization;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>The named policies, one per kind of area, straight from architecture.md's role table.</summary>
public static class PortalPolicies
{
    /// <summary>Anyone signed in: pledge, training, champions directory (Staff, Members, partners and every other role).</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>The concern inboxes: a team, its manager, or the safeguarding lead; which concerns, the resource check decides.</summary>
    public const string Inbox = nameof(Inbox);

    /// <summary>Champion tools: briefings and department aggregates; which department, the resource check decides.</summary>
    public const string ChampionTools = nameof(ChampionTools);

    /// <summary>The champion resources: champions only; whether their champion course is in date, the resource check decides.</summary>
    public const string ChampionResources = nameof(ChampionResources);

    /// <summary>Running the champions' programme: publishing the briefing pack and recording champions' meetings.</summary>
    public const string ChampionProgramme = nameof(ChampionProgramme);

    public const string Dashboard = nameof(Dashboard);

    /// <summary>A line manager's view of their reports' training: anyone who manages someone.</summary>
    public const string TeamTraining = nameof(TeamTraining);

    /// <summary>
    /// Every department's training records, down to names. "Leads" means the SafeguardingLead role only: administrators
    /// run accounts and head-counts and do not need everyone's training to do so, and department leads see their own
    /// department through <see cref="ChampionTools"/>.
    /// </summary>
    public const string AllTrainingRecords = nameof(AllTrainingRecords);

    public const string Quarantine = nameof(Quarantine);

    public const string ContentEditing = nameof(ContentEditing);

    /// <summary>Deciding prior-learning claims: the safeguarding lead, who sees the evidence.</summary>
    public const string PriorLearningReview = nameof(PriorLearningReview);

    public const string Administration = nameof(Administration);

    public static void Add(AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
        .AddPolicy(Inbox, p => p.RequireRole(Names(PortalRole.ChildrenTeam, PortalRole.AdultsTeam, PortalRole.Lado, PortalRole.Prevent, PortalRole.TeamManager, PortalRole.SafeguardingLead)))
        .AddPolicy(ChampionTools, p => p.RequireRole(Names(PortalRole.Champion, PortalRole.DepartmentLead, PortalRole.SafeguardingLead)))
        .AddPolicy(ChampionProgramme, p => p.RequireRole(Names(PortalRole.SafeguardingLead)))
        .AddPolicy(ChampionResources, p => p.RequireRole(Names(PortalRole.Champion)))
        .AddPolicy(TeamTraining, p => p.RequireAuthenticatedUser().AddRequirements(new Training.Records.LineManagerRequirement()))
        .AddPolicy(AllTrainingRecords, p => p.RequireRole(Names(PortalRole.SafeguardingLead)))
        .AddPolicy(Dashboard, p => p.RequireRole(Names(PortalRole.SafeguardingLead, PortalRole.Committee)))
        .AddPolicy(Quarantine, p => p.RequireRole(Names(PortalRole.SafeguardingLead)))
        .AddPolicy(PriorLearningReview, p => p.RequireRole(Names(PortalRole.SafeguardingLead)))
        .AddPolicy(ContentEditing, p => p.RequireRole(Names(PortalRole.ContentEditor)))
        .AddPolicy(Administration, p => p.RequireRole(Names(PortalRole.Administrator)));

    private static string[] Names(params PortalRole[] roles) => [.. roles.Select(r => r.ToString())];
}
