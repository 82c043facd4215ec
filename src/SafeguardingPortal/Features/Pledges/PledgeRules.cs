using System.Globalization;

namespace SafeguardingPortal.Features.Pledges;

public enum PledgeStatus
{
    Current,

    /// <summary>Older than <see cref="PledgeRules.ValidMonths"/> months: the person is invited to renew it.</summary>
    Lapsed,

    Withdrawn,

    /// <summary>A lapsed pledge its owner renewed: the new pledge replaces it.</summary>
    Renewed,
}

/// <summary>The pledge's rules as pure functions, so the pages, the counts and the tests agree on them.</summary>
public static class PledgeRules
{
    /// <summary>A pledge counts for a year; the campaign asks people to renew it rather than let it stand for ever.</summary>
    public const int ValidMonths = 12;

    /// <summary>Long enough to have done one's action, soon enough that the pledge is still remembered.</summary>
    public const int FollowUpAfterDays = 30;

    public static PledgeStatus Status(Pledge pledge, DateTimeOffset now) =>
        pledge.WithdrawnAt is not null ? PledgeStatus.Withdrawn
        : pledge.RenewedAsId is not null ? PledgeStatus.Renewed
        : now >= LapsesAt(pledge) ? PledgeStatus.Lapsed
        : PledgeStatus.Current;

    public static DateTimeOffset LapsesAt(Pledge pledge) => pledge.PledgedAt.AddMonths(ValidMonths);

    /// <summary>Withdrawn or renewed: the pledge no longer stands, whatever its age.</summary>
    public static bool IsEnded(Pledge pledge) => pledge.WithdrawnAt is not null || pledge.RenewedAsId is not null;

    /// <summary>Only a lapsed pledge is renewed; a current one is simply shown again.</summary>
    public static bool CanRenew(Pledge pledge, DateTimeOffset now) => Status(pledge, now) == PledgeStatus.Lapsed;

    public static DateTimeOffset FollowUpDueAt(Pledge pledge) => pledge.PledgedAt.AddDays(FollowUpAfterDays);

    /// <summary>
    /// The one follow-up email is due from 30 days after pledging, for a counted pledge that has not had it. A pledge
    /// that lapsed first is past asking (its owner gets the renewal prompt instead); whether there is an address to
    /// write to is the sender's question, not the rule's.
    /// </summary>
    public static bool FollowUpDue(Pledge pledge, DateTimeOffset now) =>
        pledge.FollowUpSentAt is null && IsCounted(pledge, now) && now >= FollowUpDueAt(pledge);

    public static bool IsCurrent(Pledge pledge, DateTimeOffset now) => Status(pledge, now) == PledgeStatus.Current;

    /// <summary>Counted in the campaign's figures: current and not quarantined.</summary>
    public static bool IsCounted(Pledge pledge, DateTimeOffset now) => IsCurrent(pledge, now) && pledge.QuarantineReason is null;

    public static bool IsOnWall(Pledge pledge, DateTimeOffset now) => pledge.OnWall && IsCounted(pledge, now);

    /// <summary>
    /// The person's pledge to show them: the newest one not ended (current or lapsed), or null when they have
    /// none, so that pledging again shows the existing pledge and a lapsed one brings the renewal prompt.
    /// </summary>
    public static Pledge? Latest(IEnumerable<Pledge> pledgesOfOnePerson) =>
        pledgesOfOnePerson.Where(p => !IsEnded(p)).MaxBy(p => p.PledgedAt);

    /// <summary>
    /// How the wall names someone: anonymous by default ("a colleague in Open Spaces"); the first name only when
    /// they chose it ("Amira, Open Spaces"). <paramref name="translate"/> turns each English phrase into the page's language.
    /// </summary>
    public static string WallLabel(Pledge pledge, string? departmentName, Func<string, string>? translate = null)
    {
        var t = translate ?? (text => text);
        var name = pledge.ShowName && !string.IsNullOrWhiteSpace(pledge.FirstName) ? pledge.FirstName.Trim() : null;
        var where = pledge.Source switch
        {
            PledgeSource.Member => t("Member of the Court of Common Council"),
            PledgeSource.Public => null,
            _ => departmentName,
        };

        return (name, where) switch
        {
            ({ } n, { } w) => string.Format(CultureInfo.CurrentCulture, t("{0}, {1}"), n, w),
            ({ } n, null) => n,
            (null, { }) when pledge.Source == PledgeSource.Member => t("a Member of the Court of Common Council"),
            (null, { } w) => string.Format(CultureInfo.CurrentCulture, t("a colleague in {0}"), w),
            (null, null) when pledge.Source == PledgeSource.Public => t("a member of the public"),
            _ => t("a colleague"),
        };
    }
}
