namespace SafeguardingPortal.Features.Champions.Briefings;

/// <summary>One briefing as the reach figures see it: its head-count and the staff who signed in by the code.</summary>
public sealed record BriefingAttendance(Guid SessionId, int HeadCount, IReadOnlyCollection<Guid> SignedIn);

/// <summary>
/// The three figures reports keep apart. <see cref="Attendances"/> counts every named sign-in (a person briefed
/// twice counts twice); <see cref="UniquePeople"/> counts named people once; <see cref="UnnamedHeadCount"/> is the
/// rest of each session's head-count, people who were there but did not sign in.
/// </summary>
public sealed record BriefingReachTotals(int Sessions, int Attendances, int UniquePeople, int UnnamedHeadCount)
{
    /// <summary>Everyone reached, named or not: what coverage counts as briefed.</summary>
    public int PeopleReached => UniquePeople + UnnamedHeadCount;
}

public static class BriefingReach
{
    /// <summary>
    /// Co-facilitated sessions arrive once per facilitator; they are counted once, so the audience is not doubled.
    /// A head-count lower than the sign-ins is taken as the sign-ins: nobody signs in who was not there.
    /// </summary>
    public static BriefingReachTotals Total(IEnumerable<BriefingAttendance> sessions)
    {
        var distinct = sessions.DistinctBy(s => s.SessionId).ToList();
        var named = distinct.Sum(s => s.SignedIn.Distinct().Count());
        return new BriefingReachTotals(
            distinct.Count,
            named,
            distinct.SelectMany(s => s.SignedIn).Distinct().Count(),
            distinct.Sum(s => Math.Max(0, s.HeadCount - s.SignedIn.Distinct().Count())));
    }
}
