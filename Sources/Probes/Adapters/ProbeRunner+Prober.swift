import Runtime

extension ProbeRunner: Prober {}
