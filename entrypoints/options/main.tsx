import { mountPage } from '@/components/mount';
import { Options } from './Options';

mountPage(<Options />);
