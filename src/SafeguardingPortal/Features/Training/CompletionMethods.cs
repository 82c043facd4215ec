namespace SafeguardingPortal.Features.Training;

public static class CompletionMethods
{
    /// <summary>How a completion is described on certificates and in a learner's history.</summary>
    public static string Describe(CompletionMethod method) => method switch
    {
        CompletionMethod.Online => "Online course",
        CompletionMethod.PriorLearning => "Prior learning (approved)",
        _ => "Face-to-face briefing",
    };
}
