namespace Sightline.Fleet.Ownership;

/// <summary>Something in a CODEOWNERS file that the platform would reject or ignore, at a 1-based line.</summary>
public sealed record CodeOwnersProblem(int Line, string Message);
