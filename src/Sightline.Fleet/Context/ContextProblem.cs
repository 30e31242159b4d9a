namespace Sightline.Fleet.Context;

/// <summary>Something a context file says that could not be read or makes no sense: file, line (when known), why.</summary>
public sealed record ContextProblem(string Path, int? Line, string Message);
