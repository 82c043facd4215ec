namespace SafeguardingPortal.Features.Training;

public enum ReminderKind
{
    SixtyDaysBefore,
    ThirtyDaysBefore,
    DueDay,
    FourteenDaysOverdue,
}

public sealed record Reminder(ReminderKind Kind, DateOnly On);

public enum CertificateState
{
    Valid,
    Expired,
    Revoked,
}

/// <summary>When training runs out and when to remind people. Pure: the caller passes London dates in.</summary>
public static class Refreshers
{
    /// <summary>How long before the due day a learner may test out of the refresher.</summary>
    public const int TestOutWindowDays = 60;

    /// <summary>The day a completion stops counting: the same date <paramref name="validityYears"/> later (29 February → 28 February).</summary>
    public static DateOnly Due(DateOnly completedOn, int validityYears) => completedOn.AddYears(validityYears);

    /// <summary>The reminders for a refresher due on <paramref name="due"/>: 60 and 30 days before, on the day, and 14 days overdue.</summary>
    public static IReadOnlyList<Reminder> Reminders(DateOnly due) =>
    [
        new(ReminderKind.SixtyDaysBefore, due.AddDays(-60)),
        new(ReminderKind.ThirtyDaysBefore, due.AddDays(-30)),
        new(ReminderKind.DueDay, due),
        new(ReminderKind.FourteenDaysOverdue, due.AddDays(14)),
    ];

    /// <summary>The reminders due by <paramref name="today"/> not yet sent; a missed one (the job was down) still goes, once.</summary>
    public static IReadOnlyList<ReminderKind> DueBy(DateOnly due, DateOnly today, IReadOnlySet<ReminderKind> sent) =>
        [.. Reminders(due).Where(r => r.On <= today && !sent.Contains(r.Kind)).Select(r => r.Kind)];

    /// <summary>A certificate is valid up to the day before it is due, expired from the due day; revocation wins.</summary>
    public static CertificateState StateOn(DateOnly today, DateOnly expires, bool revoked) =>
        revoked ? CertificateState.Revoked : today < expires ? CertificateState.Valid : CertificateState.Expired;

    /// <summary>
    /// Whether a learner whose newest certificate expires on <paramref name="expires"/> may take the test-out instead of
    /// re-reading the chapters: from 60 days before the due day, and any time after it. A revoked certificate never.
    /// </summary>
    public static bool CanTestOut(DateOnly today, DateOnly expires, bool revoked) =>
        !revoked && today >= expires.AddDays(-TestOutWindowDays);
}
