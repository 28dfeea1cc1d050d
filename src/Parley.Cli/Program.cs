using Parley.Cli;

return ParleyCommandLine.Run(args, Console.Out, Console.Error);
