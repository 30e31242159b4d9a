namespace Sightline.Cli;

/// <summary>Exit codes, as DESIGN.md fixes them for every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything went fine.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or over the gate (scan, exposure).</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or bad input: a flag, a path, a file that could not be used.</summary>
    public const int BadInput = 2;
}
