using Sightline.Core.Code;

namespace Sightline.Store;

/// <summary>One analysed source file as stored: the analyser's result with the content hash it was computed from.</summary>
public sealed record StoredCodeFile(string Analyser, int AnalyserVersion, string ContentHash, FileAnalysis Analysis);
