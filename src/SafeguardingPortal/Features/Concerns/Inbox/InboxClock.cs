using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>
/// The working-day clock: a case is due by the close of office hours (reference data) on its decide-by date,
/// and overdue after that until its decision is signed off.
/// </summary>
public sealed class InboxClock(IOptions<ReferenceData> reference, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => LondonTime.Today(time);

    public DateTimeOffset Deadline(DateOnly decideBy)
    {
        var local = decideBy.ToDateTime(reference.Value.Contacts.OfficeHours.ClosesAt);
        return new DateTimeOffset(local, LondonTime.Zone.GetUtcOffset(local));
    }

    public bool IsOverdue(DateOnly decideBy, CaseStatus status) =>
        status is CaseStatus.New or CaseStatus.Acknowledged or CaseStatus.AwaitingSignOff && Now > Deadline(decideBy);
}
