import Probes
import Runtime

extension ProbeRunner: Prober {}
