import { z } from 'zod'

/** How an answer arrived: through a survey link (kiosk, QR) or from the survey team (interview, paper). */
export const RESPONSE_CHANNELS = ['kiosk', 'qr', 'interview', 'paper'] as const
export const responseChannelSchema = z.enum(RESPONSE_CHANNELS)
export type ResponseChannel = z.infer<typeof responseChannelSchema>
