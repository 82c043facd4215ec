using Microsoft.AspNetCore.Authorization;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>Opening one department's records: its champions' briefings, its people, its aggregates.</summary>
public sealed record DepartmentResource(string Slug);

/// <summary>One concern, by the teams it was routed to.</summary>
public sealed record ConcernResource(IReadOnlyCollection<Team> Teams);

/// <summary>One person's record, by who manages them.</summary>
public sealed record PersonResource(Guid Id, Guid? LineManagerId);

/// <summary>The champion resources, opened by someone holding these champion-course certificates on a London date.</summary>
public sealed record ChampionResourcesResource(IReadOnlyCollection<Certificate> ChampionCertificates, DateOnly Today);

/// <summary>The resource-level checks: roles say what kind of thing someone may open; these say which ones.</summary>
public static class ResourceAccess
{
    public static readonly IAuthorizationRequirement Department = new DepartmentRequirement();
    public static readonly IAuthorizationRequirement Concern = new ConcernRequirement();
    public static readonly IAuthorizationRequirement Person = new PersonRequirement();
    public static readonly IAuthorizationRequirement ChampionResources = new ChampionResourcesRequirement();

    private sealed class DepartmentRequirement : IAuthorizationRequirement;

    private sealed class ConcernRequirement : IAuthorizationRequirement;

    private sealed class PersonRequirement : IAuthorizationRequirement;

    private sealed class ChampionResourcesRequirement : IAuthorizationRequirement;
}
