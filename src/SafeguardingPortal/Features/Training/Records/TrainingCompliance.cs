namespace SafeguardingPortal.Features.Training.Records;

/// <summary>Where a person stands on one course they are required to hold.</summary>
public enum ComplianceStatus
{
    Expired,
    Never,
    DueSoon,
    InDate,
}

/// <summary>
/// One person as the calculation needs them. <see cref="Population"/> is the department slug, or
/// <c>members</c> for elected Members (the head-count populations); null for people counted in neither (partners).
/// </summary>
public sealed record Learner(Guid Id, string Name, string? Population, bool IsContactRole, bool IsChampion);

public sealed record HeldCertificate(Guid UserId, string Course, DateOnly CompletedOn, DateOnly ExpiresOn, bool Revoked);

public sealed record RequiredCourse(string Slug, string Title, CourseLevel Level, CourseAudience Audience);

public sealed record CourseStanding(RequiredCourse Course, ComplianceStatus Status, DateOnly? ExpiresOn)
{
    public bool InDate => Status is ComplianceStatus.InDate or ComplianceStatus.DueSoon;
}

public sealed record PersonStanding(Learner Person, IReadOnlyList<CourseStanding> Courses)
{
    /// <summary>The status that most needs acting on: expired or never taken before due soon before in date.</summary>
    public ComplianceStatus Worst => Courses.Count == 0 ? ComplianceStatus.InDate : Courses.Min(c => c.Status);

    public bool Level1InDate => Courses.Any(c => c.Course.Level == CourseLevel.Level1 && c.InDate);

    public bool RequiredInDate => Courses.All(c => c.InDate);
}

/// <summary>
/// A population's figures. Every count is over <see cref="People"/>, the people with an account; the head-count
/// (null when none is recorded) is shown beside it because many staff have no account yet.
/// </summary>
public sealed record PopulationStanding(string Population, int People, int? HeadCount, int Level1InDate, int RequiredInDate, int DueSoon, int Overdue);

/// <summary>
/// Who holds the training they need, on a given day. Pure: the caller passes people, certificates, courses and the
/// London date in, so the same figures come out of every page, export and test.
/// </summary>
public static class TrainingCompliance
{
    /// <summary>A refresher this close (or closer) is "due soon": the first reminder goes 60 days before.</summary>
    public const int DueSoonDays = 60;

    /// <summary>Level 1 for everyone; the contact-role course for people with the flag; the champion course for champions.</summary>
    public static bool IsRequired(RequiredCourse course, Learner person) => course.Audience switch
    {
        CourseAudience.All => true,
        CourseAudience.ContactRole => person.IsContactRole,
        _ => person.IsChampion,
    };

    /// <summary>
    /// The newest certificate for a course wins (a renewal replaces the one before, even if the earlier one ran
    /// longer); a revoked certificate counts as never issued, so an earlier genuine one still stands.
    /// </summary>
    public static CourseStanding Standing(RequiredCourse course, IEnumerable<HeldCertificate> held, DateOnly today)
    {
        var newest = held.Where(c => c.Course == course.Slug && !c.Revoked)
            .OrderByDescending(c => c.CompletedOn)
            .ThenByDescending(c => c.ExpiresOn)
            .FirstOrDefault();
        if (newest is null)
        {
            return new CourseStanding(course, ComplianceStatus.Never, null);
        }

        var status = Refreshers.StateOn(today, newest.ExpiresOn, revoked: false) == CertificateState.Expired ? ComplianceStatus.Expired
            : newest.ExpiresOn.DayNumber - today.DayNumber <= DueSoonDays ? ComplianceStatus.DueSoon
            : ComplianceStatus.InDate;
        return new CourseStanding(course, status, newest.ExpiresOn);
    }

    public static PersonStanding ForPerson(Learner person, IReadOnlyList<RequiredCourse> courses, IEnumerable<HeldCertificate> certificates, DateOnly today)
    {
        var own = certificates.Where(c => c.UserId == person.Id).ToList();
        return new PersonStanding(person, [.. courses.Where(c => IsRequired(c, person)).Select(c => Standing(c, own, today))]);
    }

    /// <summary>Each person's standing, those who most need to act first, then by name.</summary>
    public static IReadOnlyList<PersonStanding> ForPeople(IEnumerable<Learner> people, IReadOnlyList<RequiredCourse> courses, IEnumerable<HeldCertificate> certificates, DateOnly today)
    {
        var byPerson = certificates.ToLookup(c => c.UserId);
        return
        [
            .. people.Select(p => ForPerson(p, courses, byPerson[p.Id], today))
                .OrderBy(s => s.Worst)
                .ThenBy(s => s.Person.Name, StringComparer.CurrentCulture),
        ];
    }

    /// <summary>
    /// One row per population, in <paramref name="populations"/> order, even where nobody has an account yet;
    /// people outside every listed population (partners) are not counted.
    /// </summary>
    public static IReadOnlyList<PopulationStanding> ForPopulations(
        IReadOnlyList<string> populations, IReadOnlyList<PersonStanding> standings, IReadOnlyDictionary<string, int> headCounts) =>
    [
        .. populations.Select(population =>
        {
            var here = standings.Where(s => s.Person.Population == population).ToList();
            return new PopulationStanding(
                population,
                here.Count,
                headCounts.TryGetValue(population, out var count) ? count : null,
                here.Count(s => s.Level1InDate),
                here.Count(s => s.RequiredInDate),
                here.Count(s => s.Worst == ComplianceStatus.DueSoon),
                here.Count(s => s.Worst is ComplianceStatus.Expired or ComplianceStatus.Never));
        }),
    ];
}
