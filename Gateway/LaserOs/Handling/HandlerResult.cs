namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>What one handler decided: the message for the answer and the log, the row change if any, and the file's state after it.</summary>
public sealed record HandlerResult(string Message, FileWrite? Write, FileState After);
