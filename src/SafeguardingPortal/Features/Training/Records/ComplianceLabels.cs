namespace SafeguardingPortal.Features.Training.Records;

/// <summary>How a status reads on the page: GOV.UK tag text and colour.</summary>
public static class ComplianceLabels
{
    public static string Text(ComplianceStatus status) => status switch
    {
        ComplianceStatus.InDate => "In date",
        ComplianceStatus.DueSoon => "Due soon",
        ComplianceStatus.Expired => "Expired",
        _ => "Never completed",
    };

    public static string TagClass(ComplianceStatus status) => status switch
    {
        ComplianceStatus.InDate => "govuk-tag--green",
        ComplianceStatus.DueSoon => "govuk-tag--yellow",
        ComplianceStatus.Expired => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
