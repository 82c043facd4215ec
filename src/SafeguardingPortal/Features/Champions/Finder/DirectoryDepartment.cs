namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>One department in the directory: its active champions, the others, and its local reporting route.</summary>
public sealed record DirectoryDepartment(Reference.Department Department, IReadOnlyList<DirectoryChampion> Active, IReadOnlyList<DirectoryChampion> NotActive, DepartmentRoute? Route)
{
    /// <summary>
    /// Splits a department's champions by activity. A newly trained champion who has not briefed yet is "not currently
    /// active" rather than hidden: colleagues can still go to them, and the split is what the issue asks people to see.
    /// </summary>
    public static DirectoryDepartment Of(Reference.Department department, IEnumerable<DirectoryChampion> champions, DepartmentRoute? route, DateOnly today)
    {
        var ordered = champions.Where(c => c.Department == department.Slug).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        return new(department, [.. ordered.Where(c => c.IsActiveOn(today))], [.. ordered.Where(c => !c.IsActiveOn(today))], route);
    }

    /// <summary>
    /// The departments matching a search, the signed-in person's own first and the rest by name. The search matches
    /// part of the department's name or slug, ignoring case, so "school" finds the three schools and the Guildhall School.
    /// </summary>
    public static IReadOnlyList<Reference.Department> Search(IEnumerable<Reference.Department> departments, string? query, string? ownDepartment) =>
        [.. departments
            .Where(d => string.IsNullOrWhiteSpace(query) || d.Name.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase) || d.Slug.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Slug == ownDepartment ? 0 : 1)
            .ThenBy(d => d.Name, StringComparer.CurrentCulture)];
}
