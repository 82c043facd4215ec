using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// A page that tells rather than asks ("Call 999 now", the numbers to call, the FGM duty): shown when its
/// condition holds, and passed once the reporter has seen it and pressed continue.
/// </summary>
public sealed class InfoStep(string slug, string view) : JourneyStep
{
    public override string Slug => slug;

    public override string View => view;

    public required Func<StepContext, bool> Shown { get; init; }

    public required Func<ReportAnswers, bool> Seen { get; init; }

    public required Action<ReportAnswers> Acknowledge { get; init; }

    public required Func<StepContext, string> Heading { get; init; }

    public override bool IsShown(StepContext c, int person) => Shown(c);

    public override bool IsAnswered(StepContext c, int person) => Seen(c.Answers);

    public override QuestionView Render(StepContext c, int person) => new(Heading(c), [], Summary: false);

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors) => Acknowledge(c.Answers);
}
