namespace SafeguardingPortal.Content.Umbraco;

/// <summary>The aliases of docs/umbraco.md: the reader maps documents by them, and the push creates them.</summary>
public static class DocumentTypeAliases
{
    public const string Phase = "ntsCampaignPhase";
    public const string CampaignPage = "ntsCampaignPage";
    public const string GuidancePage = "ntsGuidancePage";
    public const string Poster = "ntsPoster";
    public const string Course = "ntsTrainingCourse";
    public const string Chapter = "ntsTrainingChapter";
    public const string Question = "ntsQuestion";
    public const string AnswerOption = "ntsAnswerOption";
    public const string DepartmentRoute = "ntsDepartmentRoute";
    public const string ChampionResource = "ntsChampionResource";

    /// <summary>A route segment or folder with no content of its own.</summary>
    public const string Folder = "ntsFolder";
}
