namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>Validation errors keyed by camelCase JSON field path (<c>people[0].dateOfBirth</c>), every one found.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string path, string message)
    {
        if (!errors.TryGetValue(path, out var messages))
        {
            errors[path] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public bool Has(string path) => errors.ContainsKey(path);

    /// <summary>Any error on a field below <paramref name="prefix"/> (<c>people[0].</c>).</summary>
    public bool AnyUnder(string prefix) => errors.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
}
