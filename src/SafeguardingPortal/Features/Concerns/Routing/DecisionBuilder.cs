using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>Collects what the rules add, then applies §7 (urgency) and §6.1 step 6 (no duplicates, rules in order).</summary>
internal sealed class DecisionBuilder
{
    private readonly List<Destination> destinations = [];
    private readonly List<AuthorityChoice> choices = [];
    private readonly HashSet<Signpost> signposts = [];
    private readonly HashSet<Duty> duties = [];
    private readonly HashSet<string> rules = [];
    private bool urgent;
    private bool emergencyAdvice;
    private bool police;

    public DecisionBuilder Fire(string rule)
    {
        rules.Add(rule);
        return this;
    }

    public bool HasFired(string rule) => rules.Contains(rule);

    public DecisionBuilder City(Team team, RoutingAction action, int? personIndex) => Add(team, Authority.City, action, personIndex);

    public DecisionBuilder Signpost(Team team, string authorityCode, int? personIndex) => Add(team, authorityCode, RoutingAction.Signpost, personIndex);

    public DecisionBuilder Add(Team team, string? authorityCode, RoutingAction action, int? personIndex)
    {
        var destination = new Destination(team, authorityCode, action, personIndex);
        if (!destinations.Contains(destination))
        {
            destinations.Add(destination);
        }

        return this;
    }

    public DecisionBuilder Add(Signpost signpost)
    {
        signposts.Add(signpost);
        return this;
    }

    public DecisionBuilder Add(Duty duty)
    {
        duties.Add(duty);
        return this;
    }

    public void Choose(AuthorityChoice choice) => choices.Add(choice);

    /// <summary>Signposts naming a council (not the police): what R8 passes on and what "find your council" is for.</summary>
    public IEnumerable<Destination> CouncilSignposts() =>
        destinations.Where(d => d.Action == RoutingAction.Signpost && d.AuthorityCode is not null);

    /// <summary>One of the P1 conditions of §7 step 2 holds.</summary>
    public DecisionBuilder Urgent()
    {
        urgent = true;
        return this;
    }

    public DecisionBuilder EmergencyAdvice()
    {
        emergencyAdvice = true;
        return this;
    }

    /// <summary>Police 101 is signposted once, whatever asked for it.</summary>
    public DecisionBuilder NeedsPolice()
    {
        police = true;
        return this;
    }

    public RoutingDecision Build(bool immediateDanger, bool officeHours, DateOnly nextWorkingDay, IReadOnlyList<PersonFacts> people)
    {
        if (police)
        {
            Add(Team.Police101, null, RoutingAction.Signpost, null);
        }

        var urgency = immediateDanger ? Urgency.P0
            : urgent ? Urgency.P1
            : destinations.Any(d => d.Action is RoutingAction.Referral or RoutingAction.Transfer or RoutingAction.NotifyHomeAuthority) ? Urgency.P2
            : Urgency.P3;

        // Person destinations in person order, then report-level ones (§11.3).
        var ordered = destinations
            .Select((d, order) => (d, order))
            .OrderBy(x => x.d.PersonIndex ?? people.Count)
            .ThenBy(x => x.order)
            .Select(x => x.d)
            .ToList();

        return new RoutingDecision(
            urgency,
            emergencyAdvice,
            officeHours,
            nextWorkingDay,
            choices,
            ordered,
            [.. signposts.Order()],
            [.. duties.Order()],
            [.. rules.OrderBy(r => int.Parse(r[1..], System.Globalization.CultureInfo.InvariantCulture))]);
    }
}
