using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Inbox;

/// <summary>How the inbox names things (staff pages are English only).</summary>
public static class InboxText
{
    public static string Team(Team team) => team switch
    {
        Routing.Team.Children => "Children's team",
        Routing.Team.Adults => "Adults' team",
        Routing.Team.Lado => "LADO",
        Routing.Team.Prevent => "Prevent",
        _ => team.ToString(),
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.New => "New",
        CaseStatus.Acknowledged => "Acknowledged",
        CaseStatus.AwaitingSignOff => "Awaiting sign-off",
        CaseStatus.Decided => "Decided",
        CaseStatus.Closed => "Closed",
        _ => "Transferred",
    };

    /// <summary>GOV.UK tag colours: attention for what needs a person, grey for what is finished.</summary>
    public static string StatusTag(CaseStatus status) => status switch
    {
        CaseStatus.New => "govuk-tag--blue",
        CaseStatus.Acknowledged => "govuk-tag--light-blue",
        CaseStatus.AwaitingSignOff => "govuk-tag--yellow",
        CaseStatus.Decided => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string UrgencyTag(Urgency urgency) => urgency switch
    {
        Urgency.P0 or Urgency.P1 => "govuk-tag--red",
        Urgency.P2 => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };

    public static string Decision(CaseDecision decision) => decision switch
    {
        CaseDecision.NoFurtherAction => "No further action",
        CaseDecision.AdviceAndSignposting => "Advice and signposting",
        CaseDecision.EarlyHelp => "Early help",
        CaseDecision.ChildInNeedAssessment => "Child in need assessment (section 17)",
        CaseDecision.StrategyDiscussion => "Strategy discussion and section 47 enquiry",
        CaseDecision.AdultSafeguardingEnquiry => "Adult safeguarding enquiry (section 42)",
        CaseDecision.ReferToLado => "Refer to the LADO",
        _ => "Transfer to another council",
    };

    public static string OutcomesMet(OutcomesMet met) => met switch
    {
        Inbox.OutcomesMet.Yes => "Yes",
        Inbox.OutcomesMet.Partly => "Partly",
        Inbox.OutcomesMet.No => "No",
        _ => "Not known",
    };

    /// <summary>An enum value from a form, by exact name only (Enum.TryParse would also take numbers).</summary>
    public static T? Parse<T>(string? value)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => v.ToString() == value);
}
