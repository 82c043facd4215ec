using SafeguardingPortal.Features.Training;

namespace SafeguardingPortal.Tests.Training;

public sealed class RefreshersTests
{
    [Fact]
    public void Due_IsTheSameDateValidityYearsLater()
    {
        Assert.Equal(new DateOnly(2029, 12, 6), Refreshers.Due(new DateOnly(2026, 12, 6), 3));
        Assert.Equal(new DateOnly(2027, 12, 6), Refreshers.Due(new DateOnly(2026, 12, 6), 1));
    }

    [Fact]
    public void Due_FromALeapDay_IsTheTwentyEighthOfFebruary() =>
        Assert.Equal(new DateOnly(2031, 2, 28), Refreshers.Due(new DateOnly(2028, 2, 29), 3));

    [Fact]
    public void Reminders_AreSixtyAndThirtyDaysBefore_OnTheDay_AndFourteenDaysOverdue()
    {
        var reminders = Refreshers.Reminders(new DateOnly(2029, 12, 6));

        Assert.Equal(
            [
                new Reminder(ReminderKind.SixtyDaysBefore, new DateOnly(2029, 10, 7)),
                new Reminder(ReminderKind.ThirtyDaysBefore, new DateOnly(2029, 11, 6)),
                new Reminder(ReminderKind.DueDay, new DateOnly(2029, 12, 6)),
                new Reminder(ReminderKind.FourteenDaysOverdue, new DateOnly(2029, 12, 20)),
            ],
            reminders);
    }

    [Fact]
    public void StateOn_IsValidUntilTheDueDay_ThenExpired_AndRevokedWins()
    {
        var expires = new DateOnly(2029, 12, 6);

        Assert.Equal(CertificateState.Valid, Refreshers.StateOn(new DateOnly(2029, 12, 5), expires, revoked: false));
        Assert.Equal(CertificateState.Expired, Refreshers.StateOn(expires, expires, revoked: false));
        Assert.Equal(CertificateState.Revoked, Refreshers.StateOn(new DateOnly(2027, 1, 1), expires, revoked: true));
    }

    [Fact]
    public void DueBy_SendsWhatIsDueAndNotYetSent_OnlyOnce()
    {
        var due = new DateOnly(2029, 12, 6);

        Assert.Empty(Refreshers.DueBy(due, new DateOnly(2029, 10, 6), new HashSet<ReminderKind>()));
        Assert.Equal([ReminderKind.SixtyDaysBefore], Refreshers.DueBy(due, new DateOnly(2029, 10, 7), new HashSet<ReminderKind>()));
        Assert.Empty(Refreshers.DueBy(due, new DateOnly(2029, 10, 8), new HashSet<ReminderKind> { ReminderKind.SixtyDaysBefore }));
        Assert.Equal(
            [ReminderKind.ThirtyDaysBefore, ReminderKind.DueDay, ReminderKind.FourteenDaysOverdue],
            Refreshers.DueBy(due, new DateOnly(2030, 1, 1), new HashSet<ReminderKind> { ReminderKind.SixtyDaysBefore }));
    }
}
