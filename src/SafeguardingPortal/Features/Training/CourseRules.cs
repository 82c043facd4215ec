namespace SafeguardingPortal.Features.Training;

/// <summary>What the content check demands of every course (issue 6: a bank of at least 30, a draw of 10).</summary>
public static class CourseRules
{
    public const int MinimumBank = 30;
    public const int RequiredDraw = 10;
    public const int DefaultPassMark = 80;
    public const int DefaultValidityYears = 3;
}
