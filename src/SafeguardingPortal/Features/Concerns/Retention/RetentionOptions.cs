namespace SafeguardingPortal.Features.Concerns.Retention;

/// <summary>
/// How long a closed concern keeps its personal details (security.md §17), set by the service owner:
/// <c>Retention:DefaultYears</c> (6) and <c>Retention:YearsByOutcome:&lt;decision or Rejected&gt;</c>.
/// A concern closed by several teams is kept as long as its longest-kept decision requires.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int DefaultYears { get; set; } = 6;

    public Dictionary<string, int> YearsByOutcome { get; set; } = [];

    public TimeSpan RunEvery { get; set; } = TimeSpan.FromDays(1);

    public int YearsFor(IEnumerable<string> outcomes) =>
        outcomes.Select(o => YearsByOutcome.TryGetValue(o, out var years) ? years : DefaultYears).DefaultIfEmpty(DefaultYears).Max();
}
