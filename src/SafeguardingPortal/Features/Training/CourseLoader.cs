using System.Text.RegularExpressions;
using SafeguardingPortal.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Features.Training;

/// <summary>
/// Reads every course under <c>content/training/</c>: <c>course.md</c> (settings), chapters <c>NN-slug.md</c> through
/// the content pipeline, and <c>questions.yml</c>. A course with any problem is left out and the problem reported.
/// </summary>
public static partial class CourseLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<Course> Load(IContentFiles files, List<ContentProblem> problems)
    {
        var courses = new List<Course>();
        foreach (var folder in files.FoldersIn("training"))
        {
            var found = new List<ContentProblem>();
            var course = LoadCourse(folder, files, found);
            problems.AddRange(found);
            if (course is not null && found.Count == 0)
            {
                courses.Add(course);
            }
        }

        return courses;
    }

    private static Course? LoadCourse(string folder, IContentFiles files, List<ContentProblem> problems)
    {
        var slug = ContentPath.Name(folder);
        var where = $"training/{slug}";
        void Problem(string file, string message) => problems.Add(new ContentProblem($"{where}/{file}", message));

        if (!SlugPattern().IsMatch(slug))
        {
            Problem("", "a course folder's name is its URL: lower-case letters, digits and hyphens");
            return null;
        }

        var settingsFile = ContentPath.Combine(folder, "course.md");
        if (!files.FileExists(settingsFile))
        {
            Problem("course.md", "missing");
            return null;
        }

        var settings = ParseFrontMatter<CourseFrontMatter>(files.Read(settingsFile), "course.md", Problem, out var settingsBody);
        if (settings is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(settingsBody))
        {
            Problem("course.md", "holds the course's settings only: write the course text in its chapters");
        }

        Require(settings.Title, "title");
        Require(settings.Summary, "summary");
        var level = settings.Level switch
        {
            "1" => CourseLevel.Level1,
            "2" => CourseLevel.Level2,
            "champion" => (CourseLevel?)CourseLevel.Champion,
            _ => null,
        };
        if (level is null)
        {
            Problem("course.md", $"unknown level '{settings.Level}' (1|2|champion)");
        }

        var audience = ParseEnum<CourseAudience>(settings.Audience?.Replace("-", "", StringComparison.Ordinal), "course.md", "audience", "all|contact-role|champions", Problem);
        var status = ParseEnum<ReviewStatus>(settings.Status, "course.md", "status", "draft|reviewed", Problem);
        var passMark = settings.PassMark ?? CourseRules.DefaultPassMark;
        if (passMark is < 1 or > 100)
        {
            Problem("course.md", $"passMark {passMark} must be a percentage from 1 to 100");
        }

        var draw = settings.Draw ?? CourseRules.RequiredDraw;
        if (draw != CourseRules.RequiredDraw)
        {
            Problem("course.md", $"draw must be {CourseRules.RequiredDraw} questions, not {draw}");
        }

        var validity = settings.ValidityYears ?? CourseRules.DefaultValidityYears;
        if (validity is < 1 or > 5)
        {
            Problem("course.md", $"validityYears {validity} must be from 1 to 5");
        }

        var chapters = LoadChapters(folder, files, Problem);
        var questions = LoadQuestions(folder, files, chapters, Problem);
        if (questions.Count < CourseRules.MinimumBank)
        {
            Problem("questions.yml", $"the bank has {questions.Count} valid questions: a course needs at least {CourseRules.MinimumBank}");
        }

        return level is null || audience is null || status is null
            ? null
            : new Course(slug, settings.Title ?? "", settings.Summary ?? "", level.Value, audience.Value, passMark, draw, validity, status.Value, chapters, questions);

        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Problem("course.md", $"missing {field}");
            }
        }
    }

    private static List<Chapter> LoadChapters(string folder, IContentFiles files, Action<string, string> problem)
    {
        var chapters = new List<Chapter>();
        foreach (var file in files.FilesIn(folder, ".md"))
        {
            var name = ContentPath.Name(file);
            if (name == "course.md")
            {
                continue;
            }

            var match = ChapterFilePattern().Match(name);
            if (!match.Success)
            {
                problem(name, "a chapter file is named NN-slug.md (two digits, then lower-case words joined by hyphens)");
                continue;
            }

            var matter = ParseFrontMatter<ChapterFrontMatter>(files.Read(file), name, problem, out var body);
            if (matter is null)
            {
                continue;
            }

            var status = ParseEnum<ReviewStatus>(matter.Status, name, "status", "draft|reviewed", problem);
            if (string.IsNullOrWhiteSpace(matter.Title))
            {
                problem(name, "missing title");
            }

            var rendered = MarkdownRenderer.Render(body);
            foreach (var removed in rendered.RemovedLinks)
            {
                problem(name, $"unsafe link removed: '{removed}'");
            }

            var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (chapters.Any(c => c.Number == number))
            {
                problem(name, $"chapter number {number:00} is used twice");
            }

            if (status is not null && !string.IsNullOrWhiteSpace(matter.Title))
            {
                chapters.Add(new Chapter(number, match.Groups["slug"].Value, matter.Title, status.Value, name, rendered));
            }
        }

        if (chapters.Count == 0)
        {
            problem("", "a course needs at least one chapter (NN-slug.md)");
        }

        return chapters;
    }

    private static List<Question> LoadQuestions(string folder, IContentFiles files, List<Chapter> chapters, Action<string, string> problem)
    {
        const string File = "questions.yml";
        var path = ContentPath.Combine(folder, File);
        if (!files.FileExists(path))
        {
            problem(File, "missing");
            return [];
        }

        QuestionBankFile bank;
        try
        {
            bank = Yaml.Deserialize<QuestionBankFile>(files.Read(path)) ?? new QuestionBankFile();
        }
        catch (YamlException ex)
        {
            problem(File, $"not valid: {ex.Message}");
            return [];
        }

        var questions = new List<Question>();
        foreach (var (entry, index) in bank.Questions.Select((q, i) => (q, i + 1)))
        {
            var where = $"question {entry.Id ?? $"#{index}"}";
            var found = false;
            void Bad(string message)
            {
                found = true;
                problem(File, $"{where}: {message}");
            }

            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Text))
            {
                Bad("id and text are required");
            }
            else if (questions.Any(q => q.Id == entry.Id))
            {
                Bad("the id is used twice");
            }

            var kind = entry.Kind switch
            {
                "single" => QuestionKind.OneAnswer,
                "multiple" => (QuestionKind?)QuestionKind.SeveralAnswers,
                _ => null,
            };
            if (kind is null)
            {
                Bad($"unknown kind '{entry.Kind}' (allowed: single|multiple)");
            }

            var status = ParseEnum<ReviewStatus>(entry.Status, File, $"{where} status", "draft|reviewed", (_, m) => Bad(m));
            if (chapters.All(c => c.Slug != entry.Chapter))
            {
                Bad($"chapter '{entry.Chapter}' to re-read is not a chapter of this course (use the slug after the number: 01-what-abuse-looks-like → what-abuse-looks-like)");
            }

            var correct = entry.Options.Count(o => o.Correct);
            if (entry.Options.Count < 2)
            {
                Bad("needs at least two options");
            }
            else if (kind == QuestionKind.OneAnswer && correct != 1)
            {
                Bad($"a single-choice question needs exactly one correct option, not {correct}");
            }
            else if (kind == QuestionKind.SeveralAnswers && correct < 1)
            {
                Bad("a multiple-choice question needs at least one correct option");
            }

            if (entry.Options.Any(o => string.IsNullOrWhiteSpace(o.Text) || string.IsNullOrWhiteSpace(o.Feedback)))
            {
                Bad("every option needs text and feedback");
            }

            if (!found && kind is not null && status is not null)
            {
                questions.Add(new Question(entry.Id!, entry.Text!, kind.Value, entry.Chapter!, status.Value,
                    [.. entry.Options.Select(o => new QuestionOption(o.Text!, o.Correct, o.Feedback!))]));
            }
        }

        return questions;
    }

    private static T? ParseFrontMatter<T>(string text, string file, Action<string, string> problem, out string body)
        where T : class, new()
    {
        var (yaml, rest) = ContentParser.Split(text.ReplaceLineEndings("\n"));
        body = rest;
        if (yaml is null)
        {
            problem(file, "missing front matter (the file must start with a line '---', the YAML, and another '---')");
            return null;
        }

        try
        {
            return Yaml.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException ex)
        {
            problem(file, $"front matter is not valid: {ex.Message}");
            return null;
        }
    }

    private static T? ParseEnum<T>(string? value, string file, string field, string allowed, Action<string, string> problem)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        problem(file, $"unknown {field} '{value}' (allowed: {allowed})");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^(?<number>[0-9]{2})-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)\\.md$")]
    private static partial Regex ChapterFilePattern();
}
