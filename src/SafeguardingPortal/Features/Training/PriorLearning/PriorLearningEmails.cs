using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.Features.Training.PriorLearning;

/// <summary>
/// The decision on a prior-learning claim, by email. It names the course and nothing else about the learner or the
/// evidence; the reason for a rejection is shown only on the signed-in page.
/// </summary>
public static class PriorLearningEmails
{
    public const string Kind = "training-prior-learning";

    public static OutboxMessage Decision(string courseTitle, bool approved, string? email, Uri page, DateTimeOffset now)
    {
        var subject = approved
            ? $"Your prior learning for {courseTitle} has been accepted"
            : $"Your prior learning for {courseTitle} has not been accepted";
        var next = approved
            ? "It counts as completing the course. Your certificate is on your training page:"
            : "You can see why, and take the course online, on your training page:";
        var body = $"""
            Hello,

            {subject}. {next}
            {page.AbsoluteUri}

            If you notice the signs, report your concern. In an emergency call 999.

            City of London Corporation
            """;
        return OutboxMessage.Email(Kind, email, subject, body, now);
    }
}
