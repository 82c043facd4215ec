namespace SafeguardingPortal.Content;

public sealed record ContentProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}
